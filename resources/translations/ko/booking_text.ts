<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>BookingText</name>
    <message>
        <source>Sorry, someone else has just taken this time. Please choose another time.</source>
        <translation>죄송합니다. 방금 다른 분이 이 시간을 예약했습니다. 다른 시간을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Consultations must be booked at least {days} days ahead.</source>
        <translation>상담은 최소 {days}일 전에 예약해야 합니다.</translation>
    </message>
    <message>
        <source>Consultations can be booked at most {days} days ahead.</source>
        <translation>상담은 최대 {days}일 후까지만 예약할 수 있습니다.</translation>
    </message>
    <message>
        <source>There are no consultations on this day: {reason}.</source>
        <translation>이 날은 상담이 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>This time has already passed. Please choose another time.</source>
        <translation>이미 지난 시간입니다. 다른 시간을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Please enter your name ({max} characters at most) in Korean or Latin letters.</source>
        <translation>이름을 한글 또는 영문으로 입력해 주세요(최대 {max}자).</translation>
    </message>
    <message>
        <source>Please enter a mobile phone number such as 010-1234-5678.</source>
        <translation>010-1234-5678과 같은 휴대전화 번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>This phone number already has a consultation booked on that day.</source>
        <translation>이 전화번호로 그날 이미 예약된 상담이 있습니다.</translation>
    </message>
    <message>
        <source>No booking matches this code and these four digits. Please check them.</source>
        <translation>이 예약번호와 뒤 네 자리에 맞는 예약이 없습니다. 다시 확인해 주세요.</translation>
    </message>
    <message>
        <source>We can only book a consultation with your consent to the use of your details.</source>
        <translation>개인정보 수집·이용에 동의하셔야 상담을 예약할 수 있습니다.</translation>
    </message>
    <message>
        <source>This time cannot be booked. Please choose another time.</source>
        <translation>이 시간은 예약할 수 없습니다. 다른 시간을 선택해 주세요.</translation>
    </message>
    <message>
        <source>This cannot be done here. Staff can help you.</source>
        <translation>여기에서는 처리할 수 없습니다. 직원이 도와드립니다.</translation>
    </message>
    <message>
        <source>✓ {count} free</source>
        <translation>✓ {count}자리</translation>
    </message>
    <message>
        <source>✕ Full</source>
        <translation>✕ 마감</translation>
    </message>
    <message>
        <source>– Closed</source>
        <translation>– 휴무</translation>
    </message>
    <message>
        <source>Too soon</source>
        <translation>예약 불가(임박)</translation>
    </message>
    <message>
        <source>Not yet open</source>
        <translation>예약 오픈 전</translation>
    </message>
    <message>
        <source>{day}: every time is already booked.</source>
        <translation>{day}: 모든 시간이 예약되었습니다.</translation>
    </message>
    <message>
        <source>{day}: no consultations.</source>
        <translation>{day}: 상담이 없습니다.</translation>
    </message>
    <message>
        <source>{day}: no consultations ({reason}).</source>
        <translation>{day}: 상담이 없습니다({reason}).</translation>
    </message>
    <message>
        <source>{day}: consultations must be booked at least {days} days ahead.</source>
        <translation>{day}: 상담은 최소 {days}일 전에 예약해야 합니다.</translation>
    </message>
    <message>
        <source>{day}: bookings open {days} days ahead.</source>
        <translation>{day}: 예약은 {days}일 전부터 받습니다.</translation>
    </message>
    <message>
        <source>{day} has passed.</source>
        <translation>{day}은(는) 지난 날입니다.</translation>
    </message>
</context>
</TS>
