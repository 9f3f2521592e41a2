<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>GuideScreen</name>
    <message>
        <source>Tax guide and help</source>
        <translation>지방세 종합 안내</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>환급</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>납부 방법</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>자주 묻는 질문</translation>
    </message>
    <message>
        <source>Info booths</source>
        <translation>안내 부스</translation>
    </message>
    <message>
        <source>Booklet</source>
        <translation>상식 책자</translation>
    </message>
    <message>
        <source>Ask staff</source>
        <translation>직원에게 묻기</translation>
    </message>
    <message>
        <source>Search: e.g. refund, car tax</source>
        <translation>검색: 예) ㅈㄷㅊ, 환급, 재산세</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>The guide cannot be shown right now. Staff can help you.</source>
        <translation>지금은 안내를 보여 드릴 수 없습니다. 직원이 도와드립니다.</translation>
    </message>
    <message>
        <source>The refund guide cannot be shown right now.</source>
        <translation>지금은 환급 안내를 보여 드릴 수 없습니다.</translation>
    </message>
    <message>
        <source>Checklist: bring these</source>
        <translation>준비물 확인표</translation>
    </message>
    <message>
        <source>Print the checklist</source>
        <translation>확인표 인쇄</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>근거: %1</translation>
    </message>
    <message>
        <source>How to pay local taxes</source>
        <translation>지방세 내는 방법</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message numerus="yes">
        <source>%n answer(s)</source>
        <translation>
            <numerusform>답변 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>No answer found. Try other words, or ask staff.</source>
        <translation>찾는 답변이 없습니다. 다른 말로 찾아보거나 직원에게 물어보세요.</translation>
    </message>
    <message>
        <source>Information and promotion booths</source>
        <translation>세무 정보·홍보 부스</translation>
    </message>
    <message>
        <source>Tax information</source>
        <translation>세무 정보</translation>
    </message>
    <message>
        <source>Tax administration news</source>
        <translation>세정 홍보</translation>
    </message>
</context>
</TS>
