<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ConsultationsScreen</name>
    <message>
        <source>{day}: no free times are left. Please go back and choose another day.</source>
        <translation>{day}: 남은 시간이 없습니다. 뒤로 가서 다른 날을 선택해 주세요.</translation>
    </message>
    <message>
        <source>{day}: choose a time</source>
        <translation>{day}: 시간을 선택하세요</translation>
    </message>
    <message>
        <source>Without your consent we cannot book a consultation here. Staff can book it for you by phone instead: press Call staff.</source>
        <translation>동의하지 않으시면 키오스크에서 상담을 예약할 수 없습니다. 직원이 전화로 예약을 도와드립니다: 직원 호출을 누르세요.</translation>
    </message>
    <message>
        <source>Field: {field}
Date: {day}
Time: {time}
Name: {name}
Mobile phone: {phone}</source>
        <translation>상담 분야: {field}
날짜: {day}
시간: {time}
이름: {name}
휴대전화: {phone}</translation>
    </message>
    <message>
        <source>{day}, {time}
{field} with {consultant}
Mobile phone: {phone}
{how}</source>
        <translation>{day}, {time}
{field} · {consultant}
휴대전화: {phone}
{how}</translation>
    </message>
    <message>
        <source>At your time, open the Tax Consultation Room (QR code on your slip).</source>
        <translation>예약 시간에 세무상담실에 접속하세요(예약표의 QR 코드).</translation>
    </message>
    <message>
        <source>Consultations</source>
        <translation>세무 상담 예약</translation>
    </message>
    <message>
        <source>What would you like to talk about?</source>
        <translation>어떤 세금을 상담하시겠습니까?</translation>
    </message>
    <message>
        <source>Check or cancel my booking</source>
        <translation>내 예약 확인·취소</translation>
    </message>
    <message>
        <source>◀ Previous month</source>
        <translation>◀ 이전 달</translation>
    </message>
    <message>
        <source>Next month ▶</source>
        <translation>다음 달 ▶</translation>
    </message>
    <message>
        <source>Choose a day marked ✓. Tap any other day to see why it is closed.</source>
        <translation>✓ 표시된 날을 고르세요. 다른 날을 누르면 예약할 수 없는 이유가 나옵니다.</translation>
    </message>
    <message>
        <source>Your name and mobile phone number</source>
        <translation>이름과 휴대전화 번호</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Mobile phone number (e.g. 010-1234-5678)</source>
        <translation>휴대전화 번호(예: 010-1234-5678)</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Consent to the collection and use of personal data</source>
        <translation>개인정보 수집·이용 동의</translation>
    </message>
    <message>
        <source>Purpose: to book your tax consultation and to contact you about it.
Items collected: name and mobile phone number.
Retention: deleted {days} days after the consultation date.
You may refuse; without consent we cannot book at this kiosk.</source>
        <translation>수집 목적: 세무 상담 예약 및 예약 관련 연락
수집 항목: 이름, 휴대전화 번호
보유 기간: 상담일로부터 {days}일 후 파기
동의를 거부할 수 있으나, 거부하시면 키오스크에서 예약할 수 없습니다.</translation>
    </message>
    <message>
        <source>I do not agree</source>
        <translation>동의하지 않습니다</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>동의합니다</translation>
    </message>
    <message>
        <source>Please check your booking</source>
        <translation>예약 내용을 확인해 주세요</translation>
    </message>
    <message>
        <source>Confirm booking</source>
        <translation>예약 확정</translation>
    </message>
    <message>
        <source>Your consultation is booked.</source>
        <translation>상담 예약이 완료되었습니다.</translation>
    </message>
    <message>
        <source>Your booking code</source>
        <translation>예약번호</translation>
    </message>
    <message>
        <source>Print slip</source>
        <translation>예약표 인쇄</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>마치기</translation>
    </message>
</context>
</TS>
