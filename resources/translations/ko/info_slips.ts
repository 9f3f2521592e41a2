<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>InfoSlips</name>
        <message>
            <source>Payment period</source>
            <translation>납부 기간</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>납부 마감일</translation>
        </message>
        <message>
            <source>Moved to the next working day because of %1.</source>
            <translation>%1(으)로 다음 근무일로 미뤄졌습니다.</translation>
        </message>
        <message>
            <source>How to pay:</source>
            <translation>납부 방법:</translation>
        </message>
        <message>
            <source>If you are late</source>
            <translation>기한을 넘기면</translation>
        </message>
        <message>
            <source>Scan with your phone to pay online: %1</source>
            <translation>휴대전화로 찍으면 온라인으로 납부할 수 있습니다: %1</translation>
        </message>
        <message>
            <source>Checklist: bring these</source>
            <translation>준비물 확인표</translation>
        </message>
        <message>
            <source>Legal basis: %1</source>
            <translation>법적 근거: %1</translation>
        </message>
        <message>
            <source>Printed %1 at the Seocho Tax Station kiosk</source>
            <translation>%1 서초 세무스테이션 키오스크에서 인쇄</translation>
        </message>
    </context>
</TS>