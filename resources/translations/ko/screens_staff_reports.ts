<?xml version='1.0' encoding='utf-8'?>
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
            <source>For the office's reports: kiosk usage export --csv (hour, menu, taps; no personal data).</source>
            <translation>보고용 내보내기: kiosk usage export --csv (시각, 메뉴, 횟수만 있고 개인정보는 없습니다).</translation>
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