<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko">
    <context>
        <name>StaffTimeLimitsScreen</name>
        <message>
            <source>Screen time limits</source>
            <translation>화면 대기 시간</translation>
        </message>
        <message>
            <source>The database cannot be reached. Please try again later.</source>
            <translation>데이터베이스에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.</translation>
        </message>
        <message>
            <source>Not saved: the database cannot be reached. Please try again.</source>
            <translation>저장하지 못했습니다. 데이터베이스에 연결할 수 없습니다. 다시 시도해 주세요.</translation>
        </message>
        <message>
            <source>Saved. Every kiosk uses these limits from its next resident on.</source>
            <translation>저장했습니다. 모든 키오스크가 다음 이용자부터 이 시간을 씁니다.</translation>
        </message>
        <message>
            <source>%1 seconds</source>
            <translation>%1초</translation>
        </message>
        <message>
            <source>%1 seconds less</source>
            <translation>%1초 줄이기</translation>
        </message>
        <message>
            <source>%1 seconds more</source>
            <translation>%1초 늘리기</translation>
        </message>
        <message>
            <source>Older residents may need more time. After this time without a touch the kiosk asks whether the resident is still there; when the warning runs out, it wipes what they entered.</source>
            <translation>어르신께는 시간이 더 필요할 수 있습니다. 이 시간 동안 화면을 만지지 않으면 키오스크가 아직 이용 중인지 묻고, 안내 시간이 끝나면 입력한 내용을 모두 지웁니다.</translation>
        </message>
        <message>
            <source>Time before the warning</source>
            <translation>안내까지 기다리는 시간</translation>
        </message>
        <message>
            <source>Time the warning gives</source>
            <translation>안내 후 남은 시간</translation>
        </message>
        <message>
            <source>Save for every kiosk</source>
            <translation>모든 키오스크에 저장</translation>
        </message>
    </context>
</TS>