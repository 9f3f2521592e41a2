<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>NowServingScreen</name>
    <message>
        <source>Now serving</source>
        <translation>호출 번호</translation>
    </message>
</context>
</TS>
