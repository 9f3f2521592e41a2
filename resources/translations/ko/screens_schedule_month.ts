<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>ScheduleMonthPage</name>
        <message>
            <source>◀ Previous month</source>
            <translation>◀ 이전 달</translation>
        </message>
        <message>
            <source>Next month ▶</source>
            <translation>다음 달 ▶</translation>
        </message>
        <message>
            <source>Show the year as a list</source>
            <translation>1년 일정을 목록으로 보기</translation>
        </message>
        <message>
            <source>All taxes of this month</source>
            <translation>이달의 세금 모두 보기</translation>
        </message>
        <message>
            <source>Last day</source>
            <translation>납부 마감</translation>
        </message>
        <message>
            <source>Last day today</source>
            <translation>오늘 마감</translation>
        </message>
        <message>
            <source>Starts</source>
            <translation>납부 시작</translation>
        </message>
        <message>
            <source>Today</source>
            <translation>오늘</translation>
        </message>
        <message>
            <source>The tax calendar cannot be shown right now. Staff can help you.</source>
            <translation>지금은 납부 일정을 보여 드릴 수 없습니다. 직원이 도와드립니다.</translation>
        </message>
        <message>
            <source>Taxes in %1</source>
            <translation>%1에 내는 세금</translation>
        </message>
        <message>
            <source>No local tax is paid in this month.</source>
            <translation>이달에는 내는 지방세가 없습니다.</translation>
        </message>
        <message>
            <source>No tax is due on this day.</source>
            <translation>이날이 납부기한인 세금은 없습니다.</translation>
        </message>
        <message>
            <source>Pay %1 – %2</source>
            <translation>납부 기간 %1 – %2</translation>
        </message>
    </context>
</TS>