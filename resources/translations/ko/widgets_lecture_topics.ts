<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>TopicNames</name>
    <message>
        <source>All topics</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Acquisition tax</source>
        <translation>취득세</translation>
    </message>
    <message>
        <source>Property tax</source>
        <translation>재산세</translation>
    </message>
    <message>
        <source>Vehicle tax</source>
        <translation>자동차세</translation>
    </message>
    <message>
        <source>Local income tax</source>
        <translation>지방소득세</translation>
    </message>
    <message>
        <source>Tax refunds</source>
        <translation>세금 환급</translation>
    </message>
    <message>
        <source>Other questions</source>
        <translation>기타 질문</translation>
    </message>
</context>
</TS>
