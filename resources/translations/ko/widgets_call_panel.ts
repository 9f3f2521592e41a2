<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CallPanel</name>
    <message>
        <source>The consultation ends in {minutes} minutes.</source>
        <translation>상담이 {minutes}분 뒤에 끝납니다.</translation>
    </message>
    <message>
        <source>About {minutes} minutes left</source>
        <translation>남은 시간 약 {minutes}분</translation>
    </message>
    <message>
        <source>The consultation has ended. Thank you.</source>
        <translation>상담이 끝났습니다. 감사합니다.</translation>
    </message>
    <message>
        <source>The video stopped working. Please press Join again, or call staff.</source>
        <translation>영상이 멈췄습니다. 다시 들어가기를 누르거나 직원을 불러 주세요.</translation>
    </message>
    <message>
        <source>The tax accountant has joined.</source>
        <translation>세무사가 들어왔습니다.</translation>
    </message>
    <message>
        <source>Please wait: the tax accountant will join you shortly.</source>
        <translation>잠시 기다려 주세요. 곧 세무사가 들어옵니다.</translation>
    </message>
    <message>
        <source>End the consultation</source>
        <translation>상담 끝내기</translation>
    </message>
    <message>
        <source>Do you want to leave the consultation? The call will end.</source>
        <translation>상담에서 나가시겠습니까? 화상 통화가 끝납니다.</translation>
    </message>
    <message>
        <source>No, stay</source>
        <translation>아니요, 계속할게요</translation>
    </message>
    <message>
        <source>Yes, leave</source>
        <translation>예, 나갈게요</translation>
    </message>
    <message>
        <source>Join again</source>
        <translation>다시 들어가기</translation>
    </message>
</context>
</TS>
