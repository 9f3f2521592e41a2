<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>QueueScreen</name>
    <message>
        <source>Queue number</source>
        <translation>번호표</translation>
    </message>
    <message>
        <source>No event is handing out queue numbers right now.
Queue numbers are given on Tax Concern Resolution Day and at explanation sessions.</source>
        <translation>지금은 번호표를 나눠 드리는 행사가 없습니다.
번호표는 세금고민 해결의 날과 세무 설명회 때 드립니다.</translation>
    </message>
    <message>
        <source>See the events</source>
        <translation>행사 일정 보기</translation>
    </message>
    <message>
        <source>What is your question about? Touch one to take a number.</source>
        <translation>어떤 세금이 궁금하신가요? 누르시면 번호표가 나옵니다.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>고객님의 번호</translation>
    </message>
    <message>
        <source>Please keep your number. Staff will call it; watch the screen.</source>
        <translation>번호를 꼭 기억해 주세요. 직원이 번호를 부르면 화면을 확인해 주세요.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>대기 %n명</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) are waiting before you.</source>
        <translation>
            <numerusform>앞에 %n명이 기다리고 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>You are next.</source>
        <translation>다음 순서입니다.</translation>
    </message>
    <message>
        <source>Your ticket was printed. Please take it from the printer.</source>
        <translation>번호표가 인쇄되었습니다. 프린터에서 가져가세요.</translation>
    </message>
    <message>
        <source>This kiosk has no printer: please remember your number.</source>
        <translation>이 키오스크에는 프린터가 없습니다. 번호를 기억해 주세요.</translation>
    </message>
    <message>
        <source>The ticket could not be printed. Please remember your number; staff can help.</source>
        <translation>번호표를 인쇄하지 못했습니다. 번호를 기억해 주세요. 직원이 도와드립니다.</translation>
    </message>
</context>
</TS>
