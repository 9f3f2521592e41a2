<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>DueExtensionEditor</name>
    <message>
        <source>Write the new last day as 2027-02-04.</source>
        <translation>새 마지막 날은 2027-02-04 형식으로 쓰세요.</translation>
    </message>
    <message>
        <source>Extended. Every kiosk shows the new last day from the next visit.</source>
        <translation>연장했습니다. 모든 키오스크가 다음 화면부터 새 마지막 날을 보여 줍니다.</translation>
    </message>
    <message>
        <source>This deadline is not extended.</source>
        <translation>이 납부기한은 연장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Withdrawn. The last day is the rule&apos;s again.</source>
        <translation>연장을 취소했습니다. 마지막 날이 원래 기한으로 돌아갑니다.</translation>
    </message>
    <message>
        <source>The new last day must be after the rule&apos;s last day, {day}.</source>
        <translation>새 마지막 날은 원래 마지막 날({day})보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>The new last day must be within {days} days of the rule&apos;s last day.</source>
        <translation>새 마지막 날은 원래 마지막 날부터 {days}일 안이어야 합니다.</translation>
    </message>
    <message>
        <source>Write the reason in Korean and in English.</source>
        <translation>사유를 한국어와 영어로 모두 쓰세요.</translation>
    </message>
    <message>
        <source>Write the reason as plain text of at most {chars} characters.</source>
        <translation>사유는 {chars}자 이내의 일반 글자로 쓰세요.</translation>
    </message>
    <message>
        <source>Extended to {day}</source>
        <translation>{day}까지 연장됨</translation>
    </message>
    <message>
        <source>Last day {day}</source>
        <translation>마지막 날 {day}</translation>
    </message>
    <message>
        <source>New last day (e.g. 2027-02-04)</source>
        <translation>새 마지막 날 (예: 2027-02-04)</translation>
    </message>
    <message>
        <source>Reason (한국어)</source>
        <translation>사유 (한국어)</translation>
    </message>
    <message>
        <source>Reason (English)</source>
        <translation>사유 (영어)</translation>
    </message>
    <message>
        <source>Extend to the new day</source>
        <translation>새 날짜로 연장</translation>
    </message>
    <message>
        <source>Withdraw the extension</source>
        <translation>연장 취소</translation>
    </message>
</context>
</TS>
