<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>CallerBookingForm</name>
    <message>
        <source>Choose a free time first.</source>
        <translation>먼저 빈 시간을 고르세요.</translation>
    </message>
    <message>
        <source>Free times (any consultant of the field):</source>
        <translation>빈 시간 (이 분야의 세무사 누구나):</translation>
    </message>
    <message>
        <source>{day}: no free time left for this field.</source>
        <translation>{day}: 이 분야는 빈 시간이 없습니다.</translation>
    </message>
    <message>
        <source>Book for a caller on {day}</source>
        <translation>{day} 전화 예약</translation>
    </message>
    <message>
        <source>Caller&apos;s name</source>
        <translation>전화하신 분 이름</translation>
    </message>
    <message>
        <source>Caller&apos;s mobile phone number</source>
        <translation>전화하신 분 휴대전화 번호</translation>
    </message>
    <message>
        <source>The caller agreed to the use of name and phone number for this booking.</source>
        <translation>전화하신 분이 이 예약을 위한 이름과 전화번호 이용에 동의했습니다.</translation>
    </message>
    <message>
        <source>Book</source>
        <translation>예약하기</translation>
    </message>
    <message>
        <source>Back to the day&apos;s list</source>
        <translation>이날 목록으로</translation>
    </message>
</context>
</TS>
