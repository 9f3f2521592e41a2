<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>StaffHomeScreen</name>
        <message>
            <source>Staff mode</source>
            <translation>직원 모드</translation>
        </message>
        <message numerus="yes">
            <source>Staff mode ends by itself after %n second(s) without a touch.</source>
            <translation>
                <numerusform>%n초 동안 화면을 누르지 않으면 직원 모드가 자동으로 끝납니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Event queue
(call the next number)</source>
            <translation>행사 번호표
(다음 번호 호출)</translation>
        </message>
        <message>
            <source>Live help chats</source>
            <translation>실시간 상담 채팅</translation>
        </message>
        <message>
            <source>Bookings desk</source>
            <translation>예약 관리</translation>
        </message>
        <message>
            <source>Question board</source>
            <translation>질문 게시판</translation>
        </message>
        <message>
            <source>Content</source>
            <translation>콘텐츠 관리</translation>
        </message>
        <message>
            <source>Usage report</source>
            <translation>이용 통계</translation>
        </message>
        <message>
            <source>Screen time limits</source>
            <translation>화면 대기 시간</translation>
        </message>
        <message>
            <source>Today's video consultations</source>
            <translation>오늘의 화상 상담</translation>
        </message>
        <message>
            <source>Sign out</source>
            <translation>로그아웃</translation>
        </message>
    </context>
</TS>