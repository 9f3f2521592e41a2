<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>SelfCheckPanel</name>
    <message>
        <source>Look at the screen: can you see yourself? Say something: does the bar below the picture move? Then press both buttons.</source>
        <translation>화면에 내 모습이 보이나요? 말을 해 보세요. 화면 아래 막대가 움직이나요? 그러면 두 버튼을 모두 누르세요.</translation>
    </message>
    <message>
        <source>This kiosk has no working camera or microphone. Please call staff.</source>
        <translation>이 키오스크에 쓸 수 있는 카메라나 마이크가 없습니다. 직원을 불러 주세요.</translation>
    </message>
    <message>
        <source>The camera or microphone is not working. Please call staff.</source>
        <translation>카메라나 마이크가 작동하지 않습니다. 직원을 불러 주세요.</translation>
    </message>
    <message>
        <source>Starting the camera...</source>
        <translation>카메라를 켜는 중입니다...</translation>
    </message>
    <message>
        <source>The camera is on and the microphone hears you.</source>
        <translation>카메라가 켜졌고 마이크에 목소리가 들어옵니다.</translation>
    </message>
    <message>
        <source>The camera is on. Say something to test the microphone.</source>
        <translation>카메라가 켜졌습니다. 마이크를 확인하려면 말을 해 보세요.</translation>
    </message>
    <message>
        <source>I can see myself</source>
        <translation>내 모습이 보여요</translation>
    </message>
    <message>
        <source>I can hear</source>
        <translation>소리가 잘 들려요</translation>
    </message>
    <message>
        <source>Join the consultation</source>
        <translation>상담 들어가기</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>직원 호출</translation>
    </message>
</context>
</TS>
