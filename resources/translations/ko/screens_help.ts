<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>HelpScreen</name>
    <message>
        <source>Call staff</source>
        <translation>직원 호출</translation>
    </message>
    <message>
        <source>A staff member will come to help you.</source>
        <translation>직원이 곧 도와드리러 갑니다.</translation>
    </message>
    <message>
        <source>Please wait here. You can also call the tax office: %1</source>
        <translation>이곳에서 잠시 기다려 주세요. 세무과 전화: %1</translation>
    </message>
</context>
</TS>
