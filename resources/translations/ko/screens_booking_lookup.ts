<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>BookingLookupScreen</name>
        <message>
            <source>Do you really want to cancel this booking?</source>
            <translation>이 예약을 정말 취소하시겠습니까?</translation>
        </message>
        <message>
            <source>Your booking has been cancelled. The time is free for others again.</source>
            <translation>예약이 취소되었습니다. 이 시간은 다른 분이 예약할 수 있습니다.</translation>
        </message>
        <message>
            <source>No booking matches this code and name. Please check both.</source>
            <translation>이 예약번호와 이름에 맞는 예약이 없습니다. 둘 다 다시 확인해 주세요.</translation>
        </message>
        <message>
            <source>Booking {code}
{day}, {time}
{field} with {consultant}
Mobile phone: {phone}</source>
            <translation>예약번호 {code}
{day}, {time}
{field} · {consultant}
휴대전화: {phone}</translation>
        </message>
        <message>
            <source>My booking</source>
            <translation>예약 확인·취소</translation>
        </message>
        <message>
            <source>Enter your booking code and the name you booked under.</source>
            <translation>예약번호와 예약할 때 쓴 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Your name, as on your booking</source>
            <translation>예약할 때 쓴 이름</translation>
        </message>
        <message>
            <source>Use my phone number instead</source>
            <translation>휴대폰 번호로 확인하기</translation>
        </message>
        <message>
            <source>Enter your booking code and the last four digits of your mobile phone.</source>
            <translation>예약번호와 휴대전화 번호 뒤 네 자리를 입력해 주세요.</translation>
        </message>
        <message>
            <source>No phone with you? Use your name</source>
            <translation>휴대폰이 없나요? 이름으로 확인하기</translation>
        </message>
        <message>
            <source>Booking code (on your slip)</source>
            <translation>예약번호(예약표에 있음)</translation>
        </message>
        <message>
            <source>Last four digits of your mobile phone</source>
            <translation>휴대전화 번호 뒤 네 자리</translation>
        </message>
        <message>
            <source>Find my booking</source>
            <translation>예약 찾기</translation>
        </message>
        <message>
            <source>Cancel this booking</source>
            <translation>이 예약 취소</translation>
        </message>
        <message>
            <source>No, keep it</source>
            <translation>아니요, 유지합니다</translation>
        </message>
        <message>
            <source>Yes, cancel it</source>
            <translation>네, 취소합니다</translation>
        </message>
    </context>
</TS>