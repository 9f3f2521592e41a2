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
            <source>For the office's reports the administrator can export these counts as a spreadsheet file (hour, menu, taps; no personal data).</source>
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
        <message numerus="yes">
            <source>%n days</source>
            <translation>
                <numerusform>%n일</numerusform>
            </translation>
        </message>
        <message>
            <source>Menus by day</source>
            <translation>날짜별 메뉴 이용</translation>
        </message>
        <message>
            <source>Bookings by week</source>
            <translation>주별 예약</translation>
        </message>
        <message>
            <source>Attendance</source>
            <translation>참석 여부</translation>
        </message>
        <message>
            <source>Busy hours</source>
            <translation>붐비는 시간</translation>
        </message>
        <message>
            <source>Queue waits</source>
            <translation>번호표 대기 시간</translation>
        </message>
        <message>
            <source>Save as CSV for the district</source>
            <translation>구청 보고용 엑셀 파일로 저장</translation>
        </message>
        <message>
            <source>The figures could not be written to {folder}: {reason}</source>
            <translation>통계를 {folder}에 저장하지 못했습니다: {reason}</translation>
        </message>
        <message>
            <source>The figures were saved as {path}</source>
            <translation>통계를 {path}(으)로 저장했습니다</translation>
        </message>
        <message>
            <source>Figures for %1 – %2</source>
            <translation>%1 – %2 통계</translation>
        </message>
        <message>
            <source>Other menus</source>
            <translation>그 밖의 메뉴</translation>
        </message>
        <message>
            <source>Taps</source>
            <translation>누른 횟수</translation>
        </message>
        <message>
            <source>Most used: %1 (%2 taps). All menus: %3 taps.</source>
            <translation>가장 많이 쓴 메뉴: %1 (%2회). 모든 메뉴: %3회.</translation>
        </message>
        <message>
            <source>Week of %1</source>
            <translation>%1 주</translation>
        </message>
        <message>
            <source>Bookings</source>
            <translation>예약</translation>
        </message>
        <message>
            <source>No consultation was booked for this period.</source>
            <translation>이 기간에 예약된 상담이 없습니다.</translation>
        </message>
        <message>
            <source>%1 bookings (cancelled ones not counted), by consultation week.</source>
            <translation>상담 주별 예약 %1건 (취소된 예약은 빼고 셈).</translation>
        </message>
        <message>
            <source>Attended</source>
            <translation>참석</translation>
        </message>
        <message>
            <source>No-show</source>
            <translation>불참</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Not yet marked</source>
            <translation>아직 표시 안 함</translation>
        </message>
        <message>
            <source>Hour of the day</source>
            <translation>시간(시)</translation>
        </message>
        <message>
            <source>Busiest hour: %1:00 to %2:00 (%3 taps).</source>
            <translation>가장 붐빈 시간: %1시부터 %2시까지 (%3회).</translation>
        </message>
        <message>
            <source>Median wait</source>
            <translation>대기 시간 중앙값</translation>
        </message>
        <message>
            <source>Longest wait</source>
            <translation>가장 긴 대기</translation>
        </message>
        <message>
            <source>Minutes</source>
            <translation>분</translation>
        </message>
        <message>
            <source>No queue numbers were handed out in this period.</source>
            <translation>이 기간에는 번호표를 나누어 준 적이 없습니다.</translation>
        </message>
        <message>
            <source>Longest wait: %1 minutes at %2 on %3. Numbers handed out: %4.</source>
            <translation>가장 긴 대기: %1분 (%3 %2). 나누어 준 번호표: %4장.</translation>
        </message>
    </context>
</TS>
