<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>StaffBookingsScreen</name>
        <message>
            <source>No bookings on this day.</source>
            <translation>이날은 예약이 없습니다.</translation>
        </message>
        <message>
            <source>(erased)</source>
            <translation>(삭제됨)</translation>
        </message>
        <message>
            <source>Booked</source>
            <translation>예약됨</translation>
        </message>
        <message>
            <source>✓ Attended</source>
            <translation>✓ 참석</translation>
        </message>
        <message>
            <source>✕ No-show</source>
            <translation>✕ 불참</translation>
        </message>
        <message>
            <source>– Cancelled</source>
            <translation>– 취소됨</translation>
        </message>
        <message>
            <source>{name} ({time}) attended.</source>
            <translation>{name} ({time}) 참석으로 표시했습니다.</translation>
        </message>
        <message>
            <source>{name} ({time}) marked as no-show.</source>
            <translation>{name} ({time}) 불참으로 표시했습니다.</translation>
        </message>
        <message>
            <source>Cancel the booking of {name} at {time}? The time becomes free for others.</source>
            <translation>{name} 님의 {time} 예약을 취소할까요? 이 시간은 다른 분이 예약할 수 있게 됩니다.</translation>
        </message>
        <message>
            <source>The booking of {name} at {time} is cancelled.</source>
            <translation>{name} 님의 {time} 예약을 취소했습니다.</translation>
        </message>
        <message>
            <source>The list could not be written to {folder}: {reason}</source>
            <translation>목록을 {folder}에 저장하지 못했습니다: {reason}</translation>
        </message>
        <message>
            <source>The day's list was saved as {path}</source>
            <translation>이날 목록을 {path}(으)로 저장했습니다</translation>
        </message>
        <message>
            <source>Booked for {name} at {time}: code {code}. Tell the caller the code.</source>
            <translation>{name} 님 {time} 예약 완료: 예약번호 {code}. 전화하신 분께 예약번호를 알려 주세요.</translation>
        </message>
        <message>
            <source>This booking was changed elsewhere; the list is reloaded.</source>
            <translation>이 예약은 다른 곳에서 바뀌었습니다. 목록을 다시 불러왔습니다.</translation>
        </message>
        <message>
            <source>Bookings desk</source>
            <translation>예약 관리</translation>
        </message>
        <message>
            <source>closed all day</source>
            <translation>종일 휴무</translation>
        </message>
        <message>
            <source>closed in the morning</source>
            <translation>오전 휴무</translation>
        </message>
        <message>
            <source>closed in the afternoon</source>
            <translation>오후 휴무</translation>
        </message>
        <message>
            <source>◀ Previous day</source>
            <translation>◀ 전날</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <source>Next day ▶</source>
            <translation>다음 날 ▶</translation>
        </message>
        <message>
            <source>One week later ▶▶</source>
            <translation>일주일 뒤 ▶▶</translation>
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
            <source>Cancel booking</source>
            <translation>예약 취소</translation>
        </message>
        <message>
            <source>Reprint slip</source>
            <translation>안내지 다시 인쇄</translation>
        </message>
        <message>
            <source>Yes, cancel it</source>
            <translation>예, 취소합니다</translation>
        </message>
        <message>
            <source>No, keep it</source>
            <translation>아니요, 유지합니다</translation>
        </message>
        <message>
            <source>Book for a caller</source>
            <translation>전화 예약 받기</translation>
        </message>
        <message>
            <source>Close or reopen this day</source>
            <translation>이날 휴무 설정·해제</translation>
        </message>
        <message>
            <source>Export the day's list (CSV)</source>
            <translation>이날 목록 파일 저장</translation>
        </message>
    </context>
</TS>