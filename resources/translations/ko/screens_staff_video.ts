<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>StaffVideoScreen</name>
        <message>
            <source>The list cannot be read now: the database is away.</source>
            <translation>지금은 목록을 읽을 수 없습니다. 데이터베이스에 연결되지 않습니다.</translation>
        </message>
        <message>
            <source>Video consultations</source>
            <translation>화상 상담</translation>
        </message>
        <message>
            <source>checked in, testing the camera</source>
            <translation>접수함, 카메라 확인 중</translation>
        </message>
        <message>
            <source>waiting in the room</source>
            <translation>상담실에서 기다리는 중</translation>
        </message>
        <message>
            <source>in the call</source>
            <translation>상담 중</translation>
        </message>
        <message>
            <source>ended</source>
            <translation>끝남</translation>
        </message>
        <message>
            <source>Today's video consultations. Tap one to join its room.</source>
            <translation>오늘의 화상 상담입니다. 누르면 그 상담실에 들어갑니다.</translation>
        </message>
        <message>
            <source>Nobody has checked in for a video consultation yet.</source>
            <translation>아직 화상 상담을 접수한 사람이 없습니다.</translation>
        </message>
        <message>
            <source>{time} {consultant}, booking {code}: {stage}</source>
            <translation>{time} {consultant}, 예약번호 {code}: {stage}</translation>
        </message>
        <message>
            <source>Leave the call</source>
            <translation>상담에서 나가기</translation>
        </message>
    </context>
</TS>