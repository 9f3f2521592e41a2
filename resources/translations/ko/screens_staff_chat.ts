<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>StaffChatScreen</name>
    <message>
        <source>Live help chats</source>
        <translation>실시간 상담 채팅</translation>
    </message>
    <message>
        <source>Residents asking for help</source>
        <translation>도움을 요청한 주민</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>보내기</translation>
    </message>
    <message>
        <source>I am coming to the kiosk now.</source>
        <translation>지금 키오스크로 가겠습니다.</translation>
    </message>
    <message>
        <source>Type an answer</source>
        <translation>답변을 입력하세요</translation>
    </message>
    <message>
        <source>Choose a resident on the left.</source>
        <translation>왼쪽에서 주민을 선택하세요.</translation>
    </message>
    <message>
        <source>Resident</source>
        <translation>주민</translation>
    </message>
    <message>
        <source>You</source>
        <translation>나</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>답변함</translation>
    </message>
    <message>
        <source>No one is waiting.</source>
        <translation>기다리는 주민이 없습니다.</translation>
    </message>
    <message>
        <source>Chat #%1</source>
        <translation>채팅 #%1</translation>
    </message>
    <message>
        <source>The resident has left; the conversation was deleted.</source>
        <translation>주민이 나갔습니다. 대화 내용은 삭제되었습니다.</translation>
    </message>
</context>
</TS>
