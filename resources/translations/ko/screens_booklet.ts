<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>BookletScreen</name>
    <message>
        <source>Local tax booklet</source>
        <translation>지방세 상식 책자</translation>
    </message>
    <message>
        <source>◀ Previous page</source>
        <translation>◀ 이전 쪽</translation>
    </message>
    <message>
        <source>Next page ▶</source>
        <translation>다음 쪽 ▶</translation>
    </message>
    <message>
        <source>Smaller</source>
        <translation>작게</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>크게</translation>
    </message>
    <message>
        <source>The booklet cannot be shown right now. Staff can help you.</source>
        <translation>지금은 책자를 보여 드릴 수 없습니다. 직원이 도와드립니다.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>%2쪽 중 %1쪽</translation>
    </message>
</context>
</TS>
