<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>HomeScreen</name>
    <message>
        <source>Seocho Tax Station</source>
        <translation>서초 세무스테이션</translation>
    </message>
</context>
</TS>
