<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>VideoConsultationScreen</name>
    <message>
        <source>Video call</source>
        <translation>화상 상담</translation>
    </message>
</context>
</TS>
