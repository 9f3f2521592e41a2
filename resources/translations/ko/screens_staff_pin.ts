<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>StaffPinScreen</name>
    <message>
        <source>Staff sign-in</source>
        <translation>직원 로그인</translation>
    </message>
    <message>
        <source>Enter the staff PIN</source>
        <translation>직원 PIN을 입력하세요</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>모두 지움</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>지움</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>No staff PIN is set on this kiosk: the demo PIN is 0000. Ask the administrator to set your own (docs/configuration.md).</source>
        <translation>이 키오스크에는 직원 PIN이 설정되지 않아 시연용 PIN 0000을 씁니다. 직접 정하려면 관리자에게 요청하세요(docs/configuration.md).</translation>
    </message>
    <message>
        <source>Enter %1 to %2 digits.</source>
        <translation>숫자 %1~%2자리를 입력하세요.</translation>
    </message>
    <message numerus="yes">
        <source>Wrong PIN. %n attempt(s) left.</source>
        <translation>
            <numerusform>PIN이 틀렸습니다. %n번 더 시도할 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked until %1.</source>
        <translation>PIN이 여러 번 틀려 %1까지 잠겼습니다.</translation>
    </message>
</context>
</TS>
