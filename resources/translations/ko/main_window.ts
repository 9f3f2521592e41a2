<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>MainWindow</name>
        <message>
            <source>Earphones connected.</source>
            <translation>이어폰이 연결되었습니다.</translation>
        </message>
    </context>
</TS>