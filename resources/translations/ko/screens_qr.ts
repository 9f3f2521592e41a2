<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>QrScreen</name>
        <message>
            <source>Metaverse QR codes</source>
            <translation>메타버스 QR 코드</translation>
        </message>
        <message>
            <source>Print this QR code</source>
            <translation>이 QR 코드 인쇄하기</translation>
        </message>
    </context>
</TS>