<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>PinLocksPanel</name>
        <message>
            <source>✕ Not unlocked: the database cannot be reached. Please try again.</source>
            <translation>✕ 데이터베이스에 연결할 수 없어 잠금을 풀지 못했습니다. 다시 시도해 주세요.</translation>
        </message>
        <message>
            <source>✓ Every PIN pad is unlocked.</source>
            <translation>✓ 모든 PIN 입력 잠금을 풀었습니다.</translation>
        </message>
        <message>
            <source>Unlock PIN pads</source>
            <translation>PIN 잠금 풀기</translation>
        </message>
        <message>
            <source>Locked PIN pads: %1</source>
            <translation>잠긴 PIN 입력: %1</translation>
        </message>
        <message>
            <source>all kiosks (too many in total)</source>
            <translation>모든 키오스크(전체 횟수 초과)</translation>
        </message>
        <message>
            <source>%1 (until %2)</source>
            <translation>%1(%2까지)</translation>
        </message>
    </context>
</TS>