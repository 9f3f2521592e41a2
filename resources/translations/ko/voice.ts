<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>VoiceGuide</name>
    <message>
        <source>Voice guidance on.</source>
        <translation>음성 안내를 켰습니다.</translation>
    </message>
    <message>
        <source>Password field</source>
        <translation>비밀번호 입력란</translation>
    </message>
    <message>
        <source>Text field</source>
        <translation>입력란</translation>
    </message>
    <message>
        <source>On</source>
        <translation>켜짐</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>꺼짐</translation>
    </message>
</context>
</TS>
