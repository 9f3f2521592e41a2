<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>StaffReportsScreen</name>
    <message>
        <source>Usage report</source>
        <translation>이용 통계</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message numerus="yes">
        <source>Last %n day(s)</source>
        <translation>
            <numerusform>최근 %n일</numerusform>
        </translation>
    </message>
    <message>
        <source>For the office&apos;s reports the administrator can export these counts as a spreadsheet file (hour, menu, taps; no personal data).</source>
        <translation>구청 보고용으로 관리자가 이 횟수를 표 파일로 내보낼 수 있습니다(시간, 메뉴, 누른 횟수; 개인정보 없음).</translation>
    </message>
    <message>
        <source>First screen</source>
        <translation>첫 화면</translation>
    </message>
    <message>
        <source>Staff call</source>
        <translation>직원 호출</translation>
    </message>
    <message>
        <source>Book a tax consultation</source>
        <translation>세무 상담 예약</translation>
    </message>
    <message>
        <source>Check or cancel a booking</source>
        <translation>예약 확인·취소</translation>
    </message>
    <message>
        <source>Tax lectures</source>
        <translation>세금 강의</translation>
    </message>
    <message>
        <source>Local tax schedule</source>
        <translation>지방세 납부 일정</translation>
    </message>
    <message>
        <source>Tax guide and help</source>
        <translation>세금 안내·도움</translation>
    </message>
    <message>
        <source>Metaverse QR codes</source>
        <translation>메타버스 QR 코드</translation>
    </message>
    <message>
        <source>Events and sessions</source>
        <translation>행사·설명회</translation>
    </message>
    <message>
        <source>Local tax booklet</source>
        <translation>지방세 상식 책자</translation>
    </message>
    <message>
        <source>Number ticket</source>
        <translation>번호표</translation>
    </message>
    <message>
        <source>Ask staff</source>
        <translation>직원에게 묻기</translation>
    </message>
    <message>
        <source>Menus opened from %1 to %2</source>
        <translation>%1 ~ %2 메뉴 이용 횟수</translation>
    </message>
    <message>
        <source>No menu was opened in this period.</source>
        <translation>이 기간에 이용된 메뉴가 없습니다.</translation>
    </message>
</context>
</TS>
