<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>SessionEditor</name>
        <message>
            <source>– Cancelled</source>
            <translation>– 취소됨</translation>
        </message>
        <message>
            <source>Fill in the new session, then Save.</source>
            <translation>새 설명회 내용을 채운 뒤 저장하세요.</translation>
        </message>
        <message>
            <source>Write the date as 2026-12-10 and times as 14:00.</source>
            <translation>날짜는 2026-12-10, 시간은 14:00 형식으로 쓰세요.</translation>
        </message>
        <message>
            <source>Choose a region, fill in every text, and let the session end after it starts.</source>
            <translation>권역을 고르고, 모든 내용을 채우고, 끝나는 시간을 시작 시간보다 뒤로 하세요.</translation>
        </message>
        <message>
            <source>Saved. The events screen shows it from the next visit.</source>
            <translation>저장했습니다. 행사 화면을 다시 열면 보입니다.</translation>
        </message>
        <message>
            <source>Cancelled. Save schedules it again.</source>
            <translation>취소했습니다. 저장을 누르면 다시 열립니다.</translation>
        </message>
        <message>
            <source>Date (e.g. 2026-12-10)</source>
            <translation>날짜 (예: 2026-12-10)</translation>
        </message>
        <message>
            <source>Starts (e.g. 14:00)</source>
            <translation>시작 시각 (예: 14:00)</translation>
        </message>
        <message>
            <source>Ends (e.g. 16:00)</source>
            <translation>끝 시각 (예: 16:00)</translation>
        </message>
        <message>
            <source>Title (한국어)</source>
            <translation>제목 (한국어)</translation>
        </message>
        <message>
            <source>Title (English)</source>
            <translation>제목 (영어)</translation>
        </message>
        <message>
            <source>Place (한국어)</source>
            <translation>장소 (한국어)</translation>
        </message>
        <message>
            <source>Place (English)</source>
            <translation>장소 (영어)</translation>
        </message>
        <message>
            <source>New session</source>
            <translation>새 설명회</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>저장</translation>
        </message>
        <message>
            <source>Cancel session</source>
            <translation>설명회 취소</translation>
        </message>
    </context>
</TS>