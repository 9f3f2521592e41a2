<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
    <context>
        <name>HomeScreen</name>
        <message>
            <source>Seocho Tax Station</source>
            <translation>서초 택스테이션</translation>
        </message>
        <message>
            <source>Next event: %1, %2</source>
            <translation>다음 행사: %1, %2</translation>
        </message>
        <message>
            <source>time not confirmed yet</source>
            <translation>시간 미정</translation>
        </message>
        <message>
            <source>Hello, I am Seti from the tax office. Choose what you need below.</source>
            <translation>안녕하세요, 세무과 세티예요. 아래에서 필요한 것을 골라 주세요.</translation>
        </message>
    </context>
</TS>
