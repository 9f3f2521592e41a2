<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?
For your privacy, what you entered will be erased.</source>
        <translation>계속 이용하시나요?
개인정보 보호를 위해 입력하신 내용이 지워집니다.</translation>
    </message>
    <message>
        <source>More time</source>
        <translation>시간 연장</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>%n초 남았습니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MessageCard</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
</TS>
