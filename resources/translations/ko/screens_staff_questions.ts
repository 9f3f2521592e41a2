<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>StaffQuestionsScreen</name>
    <message>
        <source>Shown to residents.</source>
        <translation>주민에게 공개했습니다.</translation>
    </message>
    <message>
        <source>Hidden from residents.</source>
        <translation>주민에게 숨겼습니다.</translation>
    </message>
    <message>
        <source>No questions here.</source>
        <translation>질문이 없습니다.</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>답변함</translation>
    </message>
    <message>
        <source>★ next month&apos;s topic</source>
        <translation>★ 다음 달 강의 주제</translation>
    </message>
    <message>
        <source>Choose a question in the list.</source>
        <translation>목록에서 질문을 고르세요.</translation>
    </message>
    <message>
        <source>Answer saved and shown to residents.</source>
        <translation>답변을 저장하고 주민에게 공개했습니다.</translation>
    </message>
    <message>
        <source>Marked as a topic for next month&apos;s lecture.</source>
        <translation>다음 달 강의 주제로 표시했습니다.</translation>
    </message>
    <message>
        <source>Mark removed.</source>
        <translation>표시를 지웠습니다.</translation>
    </message>
    <message>
        <source>Please write an answer first.</source>
        <translation>먼저 답변을 쓰세요.</translation>
    </message>
    <message>
        <source>This question no longer exists.</source>
        <translation>이 질문은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source>Question board</source>
        <translation>질문 게시판</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Shown to residents</source>
        <translation>공개됨</translation>
    </message>
    <message>
        <source>Hidden</source>
        <translation>숨김</translation>
    </message>
    <message>
        <source>Next month&apos;s topics</source>
        <translation>다음 달 주제</translation>
    </message>
    <message>
        <source>Answer (residents see it under the question)</source>
        <translation>답변 (주민에게 질문 아래에 보입니다)</translation>
    </message>
    <message>
        <source>Show to residents</source>
        <translation>주민에게 공개</translation>
    </message>
    <message>
        <source>Save answer</source>
        <translation>답변 저장</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>숨기기</translation>
    </message>
    <message>
        <source>Topic for next month</source>
        <translation>다음 달 강의 주제</translation>
    </message>
</context>
</TS>
