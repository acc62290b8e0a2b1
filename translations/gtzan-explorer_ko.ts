<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AudioPlayer</name>
    <message>
        <source>There is no audio output device, so nothing can be played.</source>
        <translation>오디오 출력 장치가 없어 아무것도 재생할 수 없습니다.</translation>
    </message>
    <message>
        <source>The audio output &quot;%1&quot; cannot play %2 Hz mono.</source>
        <translation>오디오 출력 &quot;%1&quot;에서 %2 Hz 모노를 재생할 수 없습니다.</translation>
    </message>
    <message>
        <source>The audio output refused to start (error %1).</source>
        <translation>오디오 출력을 시작할 수 없습니다(오류 %1).</translation>
    </message>
</context>
<context>
    <name>ClipInspector</name>
    <message>
        <source>Select a clip to see and hear it.</source>
        <translation>클립을 선택하면 보고 들을 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 — decoding...</source>
        <translation>%1 — 디코딩 중...</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1을(를) 표시할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 — %2 s at %3 Hz</source>
        <translation>%1 — %2초, %3 Hz</translation>
    </message>
    <message>
        <source>  [B: augmented]</source>
        <translation>  [B: 증강됨]</translation>
    </message>
    <message>
        <source>  [A: original]</source>
        <translation>  [A: 원본]</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System language</source>
        <translation>시스템 언어</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>GTZAN Explorer</source>
        <translation>GTZAN 탐색기</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open audio file...</source>
        <translation>오디오 파일 열기(&amp;O)...</translation>
    </message>
    <message>
        <source>Open audio file</source>
        <translation>오디오 파일 열기</translation>
    </message>
    <message>
        <source>Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3)</source>
        <translation>오디오 파일 (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Playback</source>
        <translation>재생(&amp;P)</translation>
    </message>
    <message>
        <source>Play / pause</source>
        <translation>재생 / 일시 정지</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Data set</source>
        <translation>데이터 세트</translation>
    </message>
    <message>
        <source>Data set browser</source>
        <translation>데이터 세트 탐색기</translation>
    </message>
    <message>
        <source>it waits for the data set engine (scan, splits; issue 3). Open a single file with File &gt; Open audio file.</source>
        <translation>데이터 세트 엔진(스캔, 분할; 이슈 3)을 기다리고 있습니다. 파일 &gt; 오디오 파일 열기로 파일 하나를 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Augmentation</source>
        <translation>증강</translation>
    </message>
    <message>
        <source>Augmentation panel</source>
        <translation>증강 패널</translation>
    </message>
    <message>
        <source>it waits for the augmentation engine (engine/augment; issue 3).</source>
        <translation>증강 엔진(engine/augment; 이슈 3)을 기다리고 있습니다.</translation>
    </message>
    <message>
        <source>%1 shown in %2 ms</source>
        <translation>%1 표시됨(%2 ms)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: not yet.&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1: 아직 없습니다.&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 여는 중...</translation>
    </message>
</context>
<context>
    <name>SpectrogramControls</name>
    <message>
        <source>Mel</source>
        <translation>멜</translation>
    </message>
    <message>
        <source>Linear</source>
        <translation>선형</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source> dB</source>
        <translation> dB</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>주파수</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>색상</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>범위</translation>
    </message>
    <message>
        <source>FFT</source>
        <translation>FFT</translation>
    </message>
    <message>
        <source>Hop</source>
        <translation>홉</translation>
    </message>
    <message>
        <source>Mel bands</source>
        <translation>멜 밴드</translation>
    </message>
</context>
<context>
    <name>SpectrogramView</name>
    <message>
        <source>Time (s)</source>
        <translation>시간 (초)</translation>
    </message>
    <message>
        <source>Hover over the spectrogram to read time, frequency and level.</source>
        <translation>스펙트로그램 위에 마우스를 올리면 시간, 주파수, 레벨을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Level (dB)</source>
        <translation>레벨 (dB)</translation>
    </message>
    <message>
        <source>Frequency (Hz)</source>
        <translation>주파수 (Hz)</translation>
    </message>
    <message>
        <source>Frequency (Hz, mel scale)</source>
        <translation>주파수 (Hz, 멜 스케일)</translation>
    </message>
    <message>
        <source>Frequency (Hz, log scale)</source>
        <translation>주파수 (Hz, 로그 스케일)</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>밴드</translation>
    </message>
    <message>
        <source>t %1 s   band %2   value %3</source>
        <translation>t %1초   밴드 %2   값 %3</translation>
    </message>
    <message>
        <source>t %1 s   %2 Hz   mel band %3 of %4   %5 dB</source>
        <translation>t %1초   %2 Hz   멜 밴드 %3/%4   %5 dB</translation>
    </message>
</context>
<context>
    <name>TransportBar</name>
    <message>
        <source>Loop</source>
        <translation>반복</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>음량</translation>
    </message>
    <message>
        <source>Pause (Space)</source>
        <translation>일시 정지 (스페이스)</translation>
    </message>
    <message>
        <source>Play (Space)</source>
        <translation>재생 (스페이스)</translation>
    </message>
</context>
<context>
    <name>WaveformView</name>
    <message>
        <source>Amplitude</source>
        <translation>진폭</translation>
    </message>
</context>
</TS>
