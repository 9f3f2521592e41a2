<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ClosurePanel</name>
    <message>
        <source>Consultations are open all day.</source>
        <translation>이날은 종일 상담합니다.</translation>
    </message>
    <message>
        <source>Closures on {day}</source>
        <translation>{day} 휴무</translation>
    </message>
    <message>
        <source>The reason must be plain text of at most %1 characters.</source>
        <translation>사유는 %1자 이내의 일반 글자로만 적어 주세요.</translation>
    </message>
    <message>
        <source>Closed: {what}.</source>
        <translation>휴무로 정했습니다: {what}.</translation>
    </message>
    <message numerus="yes">
        <source>%n booking(s) in this time remain: please call those residents.</source>
        <translation>
            <numerusform>이 시간에 예약 %n건이 남아 있습니다. 해당 주민에게 연락해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>This closure was already removed.</source>
        <translation>이 휴무는 이미 해제되었습니다.</translation>
    </message>
    <message>
        <source>Reopened: {what}.</source>
        <translation>다시 열었습니다: {what}.</translation>
    </message>
    <message>
        <source>the whole day</source>
        <translation>종일</translation>
    </message>
    <message>
        <source>the morning</source>
        <translation>오전</translation>
    </message>
    <message>
        <source>the afternoon</source>
        <translation>오후</translation>
    </message>
    <message>
        <source>Reason shown to residents (optional)</source>
        <translation>주민에게 보일 사유 (선택)</translation>
    </message>
    <message>
        <source>Close the whole day</source>
        <translation>종일 휴무</translation>
    </message>
    <message>
        <source>Close the morning</source>
        <translation>오전 휴무</translation>
    </message>
    <message>
        <source>Close the afternoon</source>
        <translation>오후 휴무</translation>
    </message>
    <message>
        <source>Reopen the chosen closure</source>
        <translation>고른 휴무 해제</translation>
    </message>
    <message>
        <source>Back to the day&apos;s list</source>
        <translation>이날 목록으로</translation>
    </message>
</context>
</TS>
