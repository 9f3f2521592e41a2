<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CheckInForm</name>
    <message>
        <source>Check-in is temporarily unavailable. Please ask staff.</source>
        <translation>지금은 접수를 할 수 없습니다. 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>It is too early to check in. Please come back at {time}, {minutes} minutes before your consultation.</source>
        <translation>아직 접수 시간이 아닙니다. 상담 {minutes}분 전인 {time}에 다시 와 주세요.</translation>
    </message>
    <message>
        <source>The time of this consultation has passed. Please book a new one, or ask staff for help.</source>
        <translation>이 상담 시간은 지났습니다. 새로 예약하거나 직원에게 도움을 요청하세요.</translation>
    </message>
    <message>
        <source>This booking was cancelled. Please book a new consultation, or ask staff.</source>
        <translation>취소된 예약입니다. 상담을 새로 예약하거나 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>No booking matches this code. Please check the code on your slip, or ask staff.</source>
        <translation>이 번호로 된 예약이 없습니다. 예약표의 번호를 확인하거나 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>Check-in is not possible here. Staff can help you.</source>
        <translation>여기서는 접수할 수 없습니다. 직원이 도와드립니다.</translation>
    </message>
    <message>
        <source>Your video consultation is about to start. Enter the booking code from your slip.</source>
        <translation>곧 화상 상담이 시작됩니다. 예약표에 있는 예약번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Booking code (on your slip)</source>
        <translation>예약번호(예약표에 있음)</translation>
    </message>
    <message>
        <source>Your name (if you like)</source>
        <translation>이름(입력하지 않아도 됩니다)</translation>
    </message>
    <message>
        <source>Check in</source>
        <translation>접수하기</translation>
    </message>
    <message>
        <source>Call staff</source>
        <translation>직원 호출</translation>
    </message>
    <message>
        <source>Book a consultation</source>
        <translation>상담 예약하기</translation>
    </message>
</context>
</TS>
