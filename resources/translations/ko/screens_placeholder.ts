<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ConsultationsPlaceholder</name>
    <message>
        <source>Tax consultations</source>
        <translation>세무 상담</translation>
    </message>
</context>
<context>
    <name>EventsPlaceholder</name>
    <message>
        <source>Events and sessions</source>
        <translation>행사·설명회</translation>
    </message>
</context>
<context>
    <name>GuidePlaceholder</name>
    <message>
        <source>Tax guide and help</source>
        <translation>세금 안내·도움</translation>
    </message>
</context>
<context>
    <name>LecturesPlaceholder</name>
    <message>
        <source>Tax lectures</source>
        <translation>세금 강의</translation>
    </message>
</context>
<context>
    <name>PlaceholderScreen</name>
    <message>
        <source>This service is not available on this kiosk yet. Staff can help you with it now.</source>
        <translation>이 서비스는 아직 이 키오스크에서 이용할 수 없습니다. 지금 직원이 도와드립니다.</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>직원 호출</translation>
    </message>
</context>
<context>
    <name>QrPlaceholder</name>
    <message>
        <source>Metaverse QR codes</source>
        <translation>메타버스 QR 코드</translation>
    </message>
</context>
<context>
    <name>SchedulePlaceholder</name>
    <message>
        <source>Local tax schedule</source>
        <translation>지방세 납부 일정</translation>
    </message>
</context>
</TS>
