<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>StaffQueueScreen</name>
    <message>
        <source>Event queue</source>
        <translation>행사 번호표</translation>
    </message>
    <message>
        <source>Open today&apos;s queue: %1</source>
        <translation>오늘 번호표 시작: %1</translation>
    </message>
    <message>
        <source>Call next</source>
        <translation>다음 번호 호출</translation>
    </message>
    <message>
        <source>Staff home</source>
        <translation>직원 메뉴</translation>
    </message>
    <message>
        <source>Stop handing out numbers</source>
        <translation>번호표 발급 중지</translation>
    </message>
    <message>
        <source>%1: residents are taking numbers.</source>
        <translation>%1: 번호표를 발급하고 있습니다.</translation>
    </message>
    <message>
        <source>No new numbers are handed out; you can still call those waiting.</source>
        <translation>새 번호표는 발급하지 않습니다. 기다리는 번호는 계속 호출할 수 있습니다.</translation>
    </message>
    <message>
        <source>Hand out numbers again</source>
        <translation>번호표 발급 다시 시작</translation>
    </message>
    <message>
        <source>No queue is open today. Choose the event to open it.</source>
        <translation>오늘 시작한 번호표가 없습니다. 행사를 골라 시작하세요.</translation>
    </message>
    <message numerus="yes">
        <source>%n waiting</source>
        <translation>
            <numerusform>대기 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>The queue is open. Residents can take numbers on the kiosk.</source>
        <translation>번호표 발급을 시작했습니다. 주민이 키오스크에서 번호표를 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>No one is waiting in this line.</source>
        <translation>이 줄에는 기다리는 사람이 없습니다.</translation>
    </message>
    <message>
        <source>Now calling %1.</source>
        <translation>%1번을 호출합니다.</translation>
    </message>
</context>
</TS>
