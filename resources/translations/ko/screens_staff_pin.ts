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
        <source>Staff mode is off on this kiosk</source>
        <translation>이 키오스크는 직원 모드가 꺼져 있습니다</translation>
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
        <source>No staff PIN is set, so this kiosk has no staff mode. To set one, run this command on the kiosk computer, put the line it prints under [staff] in the configuration file and restart the kiosk:</source>
        <translation>직원 PIN이 설정되어 있지 않아 이 키오스크에는 직원 모드가 없습니다. PIN을 설정하려면 키오스크 컴퓨터에서 아래 명령을 실행하고, 출력된 줄을 설정 파일의 [staff] 아래에 넣은 뒤 키오스크를 다시 시작하세요:</translation>
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
        <source>Staff sign-in is unavailable: the database cannot be reached. Please try again.</source>
        <translation>데이터베이스에 연결할 수 없어 직원 로그인을 할 수 없습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad stays locked until staff unlock it: in staff mode on another kiosk or console, or with the command kiosk staff unlock.</source>
        <translation>PIN이 여러 번 틀렸습니다. 직원이 잠금을 풀 때까지 입력할 수 없습니다. 다른 키오스크나 직원용 화면의 직원 모드에서, 또는 kiosk staff unlock 명령으로 풀 수 있습니다.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. The pad is locked until %1.</source>
        <translation>PIN이 여러 번 틀려 %1까지 잠겼습니다.</translation>
    </message>
</context>
</TS>
