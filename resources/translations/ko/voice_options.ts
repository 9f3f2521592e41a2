<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>VoiceOptionsBar</name>
        <message>
            <source>Speed %1/%2</source>
            <translation>속도 %1/%2</translation>
        </message>
        <message>
            <source>Volume %1/%2</source>
            <translation>음량 %1/%2</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>다시 듣기</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>멈춤</translation>
        </message>
        <message>
            <source>Slower</source>
            <translation>느리게</translation>
        </message>
        <message>
            <source>Faster</source>
            <translation>빠르게</translation>
        </message>
        <message>
            <source>Quieter</source>
            <translation>작게</translation>
        </message>
        <message>
            <source>Louder</source>
            <translation>크게</translation>
        </message>
    </context>
</TS>