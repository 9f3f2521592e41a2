<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>BookingSlip</name>
        <message>
            <source>Tax consultation booking</source>
            <translation>세무 상담 예약표</translation>
        </message>
        <message>
            <source>Booking code</source>
            <translation>예약번호</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>날짜</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>상담 분야</translation>
        </message>
        <message>
            <source>Tax accountant</source>
            <translation>세무사</translation>
        </message>
        <message>
            <source>Mobile phone</source>
            <translation>휴대전화</translation>
        </message>
        <message>
            <source>At your time, scan this code to enter the Tax Consultation Room.</source>
            <translation>예약 시간에 이 QR 코드로 세무상담실에 입장하세요.</translation>
        </message>
        <message>
            <source>To cancel: this kiosk (My booking) or call {phone}.</source>
            <translation>취소: 이 키오스크(예약 확인·취소) 또는 전화 {phone}</translation>
        </message>
    </context>
</TS>