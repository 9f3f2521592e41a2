<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ScheduleScreen</name>
    <message>
        <source>Show the month calendar</source>
        <translation>달력으로 보기</translation>
    </message>
    <message>
        <source>Local tax schedule</source>
        <translation>지방세 납부 일정</translation>
    </message>
    <message>
        <source>The tax calendar cannot be shown right now. Staff can help you.</source>
        <translation>지금은 납부 일정을 보여 드릴 수 없습니다. 직원이 도와드립니다.</translation>
    </message>
    <message>
        <source>This month: %1</source>
        <translation>이번 달: %1</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>지금 낼 세금</translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>오늘 납부 기간인 세금은 없습니다.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음 납부</translation>
    </message>
    <message>
        <source>Starts on %1</source>
        <translation>%1 시작</translation>
    </message>
    <message numerus="yes">
        <source>(in %n days)</source>
        <translation>
            <numerusform>(%n일 뒤)</numerusform>
        </translation>
    </message>
    <message>
        <source>extended</source>
        <translation>연장됨</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>끝남</translation>
    </message>
    <message>
        <source>No fixed date</source>
        <translation>정해진 날 없음</translation>
    </message>
    <message>
        <source>◀ Previous year</source>
        <translation>◀ 이전 해</translation>
    </message>
    <message>
        <source>Next year ▶</source>
        <translation>다음 해 ▶</translation>
    </message>
    <message>
        <source>Year overview %1</source>
        <translation>%1년 전체 일정</translation>
    </message>
    <message>
        <source>Last day: %1</source>
        <translation>마지막 날: %1</translation>
    </message>
    <message>
        <source>Today is the last day</source>
        <translation>오늘이 마지막 날입니다</translation>
    </message>
    <message>
        <source>Due tomorrow</source>
        <translation>내일까지</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days</source>
        <translation>
            <numerusform>%n일 남음</numerusform>
        </translation>
    </message>
    <message>
        <source>Who pays</source>
        <translation>내는 사람</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>무엇에 대한 세금인가요</translation>
    </message>
    <message>
        <source>Prepayment discount</source>
        <translation>연납 공제</translation>
    </message>
    <message>
        <source>If you are late</source>
        <translation>기한을 넘기면</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>근거: %1</translation>
    </message>
    <message>
        <source>(Not yet checked against the law text; your bill is authoritative.)</source>
        <translation>(법령 원문과 아직 대조하지 않았습니다. 고지서 내용이 우선입니다.)</translation>
    </message>
    <message>
        <source>Back to the schedule</source>
        <translation>일정으로 돌아가기</translation>
    </message>
    <message>
        <source>Print this</source>
        <translation>인쇄하기</translation>
    </message>
    <message>
        <source>Payment period: %1 to %2</source>
        <translation>납부 기간: %1 ~ %2</translation>
    </message>
    <message>
        <source>Extended: by the rule the last day was %1. Reason: %2</source>
        <translation>기한이 연장되었습니다. 원래 마지막 날은 %1이었습니다. 사유: %2</translation>
    </message>
    <message>
        <source>The period ends on a non-working day (%1), so the last day moves to the next working day.</source>
        <translation>기간의 끝날이 쉬는 날(%1)이라 마지막 날이 다음 평일로 미뤄집니다.</translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n days</source>
        <translation>
            <numerusform>%n일 뒤 시작</numerusform>
        </translation>
    </message>
    <message>
        <source>This period has ended.</source>
        <translation>납부 기간이 끝났습니다.</translation>
    </message>
    <message>
        <source>The discount for %1 has not been announced yet, so the kiosk cannot show it. Check Seoul ETAX or Wetax.</source>
        <translation>%1년 공제율은 아직 발표되지 않아 키오스크에서 알려 드릴 수 없습니다. 서울시 ETAX나 위택스에서 확인하세요.</translation>
    </message>
    <message>
        <source>%1 %: on the months paid in advance (%2).</source>
        <translation>미리 낸 기간 세액의 %1% (%2).</translation>
    </message>
    <message>
        <source>Check the exact rate on your bill or on Seoul ETAX.</source>
        <translation>정확한 공제율은 고지서나 서울시 ETAX에서 확인하세요.</translation>
    </message>
    <message>
        <source>Scan with your phone to pay online:
%1</source>
        <translation>휴대전화로 찍으면 온라인 납부 사이트로 갑니다:
%1</translation>
    </message>
    <message>
        <source>How to pay</source>
        <translation>납부 방법</translation>
    </message>
</context>
</TS>
