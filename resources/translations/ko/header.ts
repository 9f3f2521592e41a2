<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>HeaderBar</name>
    <message>
        <source>Home</source>
        <translation>처음으로</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <source>Large text</source>
        <translation>큰 글씨</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>고대비</translation>
    </message>
    <message>
        <source>Voice</source>
        <translation>음성 안내</translation>
    </message>
    <message>
        <source>Low reach</source>
        <translation>낮은 화면</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>직원 호출</translation>
    </message>
    <message>
        <source>Step %1/%2</source>
        <translation>%1/%2 단계</translation>
    </message>
</context>
</TS>
