<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>HomeScreen</name>
    <message>
        <source>Seocho Tax Station</source>
        <translation>서초 택스테이션</translation>
    </message>
    <message>
        <source>Next event: %1, %2</source>
        <translation>다음 행사: %1, %2</translation>
    </message>
    <message>
        <source>time not confirmed yet</source>
        <translation>시간 미정</translation>
    </message>
</context>
</TS>
