<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>HomeScreen</name>
    <message>
        <source>Welcome to Seocho Tax Station</source>
        <translation>서초 세무스테이션에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Book a tax consultation</source>
        <translation>세무 상담 예약</translation>
    </message>
    <message>
        <source>Tax lectures</source>
        <translation>세금 강의</translation>
    </message>
    <message>
        <source>Local tax schedule</source>
        <translation>지방세 납부 일정</translation>
    </message>
    <message>
        <source>Tax guide and help</source>
        <translation>세금 안내·도움</translation>
    </message>
    <message>
        <source>Metaverse QR codes</source>
        <translation>메타버스 QR 코드</translation>
    </message>
    <message>
        <source>Events and sessions</source>
        <translation>행사·설명회</translation>
    </message>
    <message>
        <source>Language / 언어</source>
        <translation>언어 / Language</translation>
    </message>
</context>
</TS>
