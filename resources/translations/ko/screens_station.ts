<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>StationScreen</name>
    <message>
        <source>Tax Station</source>
        <translation>택스테이션</translation>
    </message>
    <message>
        <source>The Seocho Tax Station, on this kiosk. Nothing you do here is kept: press Home when you are done.</source>
        <translation>이 키오스크에서 서초 택스테이션을 봅니다. 여기서 한 일은 남지 않습니다. 다 보셨으면 처음으로를 누르세요.</translation>
    </message>
    <message>
        <source>The station stopped working. Please press Home and try again.</source>
        <translation>택스테이션 화면이 멈췄습니다. 처음으로를 누르고 다시 해 보세요.</translation>
    </message>
</context>
</TS>
