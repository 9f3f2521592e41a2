<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>CrashMessage</name>
        <message>
            <source>Sorry, something went wrong. Please ask a staff member for help.</source>
            <translation>죄송합니다. 문제가 생겼습니다. 직원에게 도움을 요청해 주세요.</translation>
        </message>
    </context>
</TS>