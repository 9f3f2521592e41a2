<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>StaffScreen</name>
    <message>
        <source>This page is for tax office staff only.</source>
        <translation>이 화면은 세무과 직원 전용입니다.</translation>
    </message>
    <message>
        <source>Staff sign-in</source>
        <translation>직원 로그인</translation>
    </message>
</context>
</TS>
