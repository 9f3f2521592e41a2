<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>ConcernDayEditor</name>
        <message>
            <source>Write the new day as 2027-01-09.</source>
            <translation>새 날짜는 2027-01-09 형식으로 쓰세요.</translation>
        </message>
        <message>
            <source>Choose a different day from the regular one.</source>
            <translation>원래 날짜와 다른 날을 고르세요.</translation>
        </message>
        <message>
            <source>Saved. The events and home screens show it from the next visit.</source>
            <translation>저장했습니다. 행사 화면과 첫 화면을 다시 열면 보입니다.</translation>
        </message>
        <message>
            <source>– Cancelled</source>
            <translation>– 취소됨</translation>
        </message>
        <message>
            <source>Moved to {day}</source>
            <translation>{day}(으)로 옮김</translation>
        </message>
        <message>
            <source>As usual</source>
            <translation>평소대로</translation>
        </message>
        <message>
            <source>New day (e.g. 2027-01-09)</source>
            <translation>새 날짜 (예: 2027-01-09)</translation>
        </message>
        <message>
            <source>Reason (한국어)</source>
            <translation>사유 (한국어)</translation>
        </message>
        <message>
            <source>Reason (English)</source>
            <translation>사유 (영어)</translation>
        </message>
        <message>
            <source>Move to the new day</source>
            <translation>새 날짜로 옮기기</translation>
        </message>
        <message>
            <source>Cancel this day</source>
            <translation>이날 취소</translation>
        </message>
        <message>
            <source>Back to the first Saturday</source>
            <translation>첫째 토요일로 되돌리기</translation>
        </message>
    </context>
</TS>