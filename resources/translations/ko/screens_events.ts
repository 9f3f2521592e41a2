<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>EventsScreen</name>
        <message>
            <source>Events and sessions</source>
            <translation>행사와 설명회</translation>
        </message>
        <message>
            <source>Take a queue number</source>
            <translation>번호표 받기</translation>
        </message>
        <message>
            <source>Coming up</source>
            <translation>다가오는 행사</translation>
        </message>
        <message>
            <source>The events cannot be shown right now. Staff can help you.</source>
            <translation>지금은 행사 일정을 보여 드릴 수 없습니다. 직원이 도와드립니다.</translation>
        </message>
        <message>
            <source>No events are planned yet.</source>
            <translation>아직 예정된 행사가 없습니다.</translation>
        </message>
        <message>
            <source>Place: %1</source>
            <translation>장소: %1</translation>
        </message>
        <message>
            <source>Area: %1</source>
            <translation>지역: %1</translation>
        </message>
        <message>
            <source>Moved from %1.</source>
            <translation>%1에서 날짜가 바뀌었습니다.</translation>
        </message>
    </context>
</TS>