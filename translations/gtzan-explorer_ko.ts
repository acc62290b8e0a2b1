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
        <source>The audio output "%1" cannot play %2 Hz mono.</source>
        <translation>오디오 출력 "%1"에서 %2 Hz 모노를 재생할 수 없습니다.</translation>
    </message>
    <message>
        <source>The audio output refused to start (error %1).</source>
        <translation>오디오 출력을 시작할 수 없습니다(오류 %1).</translation>
    </message>
</context>
<context>
    <name>AugmentationPanel</name>
    <message>
        <source>Randomise</source>
        <translation>무작위</translation>
    </message>
    <message>
        <source>A/B: showing A (original)</source>
        <translation>A/B: A 표시 중 (원본)</translation>
    </message>
    <message>
        <source>Play augmented (B)</source>
        <translation>증강본 재생 (B)</translation>
    </message>
    <message>
        <source>Export augmented WAV...</source>
        <translation>증강된 WAV 내보내기...</translation>
    </message>
    <message>
        <source>White noise SNR</source>
        <translation>백색 잡음 SNR</translation>
    </message>
    <message>
        <source>dB</source>
        <translation>dB</translation>
    </message>
    <message>
        <source>Time shift</source>
        <translation>시간 이동</translation>
    </message>
    <message>
        <source>s</source>
        <translation>초</translation>
    </message>
    <message>
        <source>Time stretch</source>
        <translation>시간 늘이기</translation>
    </message>
    <message>
        <source>x</source>
        <translation>배</translation>
    </message>
    <message>
        <source>Pitch shift</source>
        <translation>음높이 이동</translation>
    </message>
    <message>
        <source>semitones</source>
        <translation>반음</translation>
    </message>
    <message>
        <source>Gain</source>
        <translation>게인</translation>
    </message>
    <message>
        <source>Frequency masks (2)</source>
        <translation>주파수 마스크 (2)</translation>
    </message>
    <message>
        <source>bands</source>
        <translation>대역</translation>
    </message>
    <message>
        <source>Time masks (2)</source>
        <translation>시간 마스크 (2)</translation>
    </message>
    <message>
        <source>frames</source>
        <translation>프레임</translation>
    </message>
    <message>
        <source>Next seed, then draw the preset's intensities for this clip, as training would</source>
        <translation>다음 시드로 넘어간 뒤, 학습할 때처럼 이 클립에 대한 프리셋 강도를 뽑습니다</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Switch between the original (A) and the augmented clip (B)</source>
        <translation>원본(A)과 증강된 클립(B) 사이를 전환합니다</translation>
    </message>
    <message>
        <source>Play the augmented clip (key B; key A plays the original)</source>
        <translation>증강된 클립을 재생합니다 (B 키; A 키는 원본 재생)</translation>
    </message>
    <message>
        <source>A/B: showing B (augmented)</source>
        <translation>A/B: B 표시 중 (증강본)</translation>
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
        <source>   [B: augmented]</source>
        <translation>   [B: 증강본]</translation>
    </message>
    <message>
        <source>   [A: original]</source>
        <translation>   [A: 원본]</translation>
    </message>
</context>
<context>
    <name>ClipTableModel</name>
    <message>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>test</source>
        <translation>테스트</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>장르</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>길이</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>샘플링 속도</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>분할</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>문제</translation>
    </message>
</context>
<context>
    <name>DatasetBrowser</name>
    <message>
        <source>Open a GTZAN folder (File &gt; Open folder, or drop it on the window).</source>
        <translation>GTZAN 폴더를 여세요 (파일 &gt; 폴더 열기, 또는 창에 끌어다 놓기).</translation>
    </message>
    <message>
        <source>Genre</source>
        <translation>장르</translation>
    </message>
    <message>
        <source>Clips</source>
        <translation>클립</translation>
    </message>
    <message>
        <source>Filter clips by name...</source>
        <translation>이름으로 클립 거르기...</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>%1 검사 중...</translation>
    </message>
    <message>
        <source>%1: %2 clips, %3 h %4 min (%5 layout)%6</source>
        <translation>%1: 클립 %2개, %3시간 %4분 (%5 구조)%6</translation>
    </message>
    <message>
        <source>; %1 with problems (badged)</source>
        <translation>; 문제 있는 클립 %1개 (표시됨)</translation>
    </message>
    <message>
        <source>All genres</source>
        <translation>모든 장르</translation>
    </message>
    <message>
        <source> | split %1: %2 train / %3 validation / %4 test here</source>
        <translation> | 분할 %1: 여기에 학습 %2 / 검증 %3 / 테스트 %4</translation>
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
        <source>Augmentation</source>
        <translation>증강</translation>
    </message>
    <message>
        <source>%1 shown in %2 ms</source>
        <translation>%1 표시됨(%2 ms)</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 여는 중...</translation>
    </message>
    <message>
        <source>&amp;Explore</source>
        <translation>탐색(&amp;E)</translation>
    </message>
    <message>
        <source>%1 cannot be shown: %2</source>
        <translation>%1을(를) 표시할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 clips, %2 with problems</source>
        <translation>클립 %1개, 문제 있는 클립 %2개</translation>
    </message>
    <message>
        <source>Switch an augmentation on first: there is no augmented clip to export.</source>
        <translation>먼저 증강을 켜세요: 내보낼 증강된 클립이 없습니다.</translation>
    </message>
    <message>
        <source>Export augmented clip</source>
        <translation>증강된 클립 내보내기</translation>
    </message>
    <message>
        <source>WAV (*.wav)</source>
        <translation>WAV (*.wav)</translation>
    </message>
    <message>
        <source>Up / Down</source>
        <translation>위 / 아래</translation>
    </message>
    <message>
        <source>Previous / next clip in the clip table</source>
        <translation>클립 표의 이전 / 다음 클립</translation>
    </message>
    <message>
        <source>Mouse wheel</source>
        <translation>마우스 휠</translation>
    </message>
    <message>
        <source>Zoom the waveform and spectrogram in time</source>
        <translation>파형과 스펙트로그램을 시간 축으로 확대/축소</translation>
    </message>
    <message>
        <source>Drag</source>
        <translation>끌기</translation>
    </message>
    <message>
        <source>Pan the waveform and spectrogram</source>
        <translation>파형과 스펙트로그램 이동</translation>
    </message>
    <message>
        <source>Click</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>Seek the player to that time</source>
        <translation>재생 위치를 그 시간으로 이동</translation>
    </message>
    <message>
        <source>Drop files or a folder</source>
        <translation>파일이나 폴더 끌어다 놓기</translation>
    </message>
    <message>
        <source>Open them (see the README for what goes where)</source>
        <translation>열기 (무엇이 어디로 가는지는 README 참조)</translation>
    </message>
    <message>
        <source>%1 no longer exists; it is taken off the recent list.</source>
        <translation>%1이(가) 더 이상 없으므로 최근 목록에서 뺍니다.</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>최근 파일 없음</translation>
    </message>
    <message>
        <source>Clear recent files</source>
        <translation>최근 파일 목록 지우기</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>%1 보기</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>전체 화면(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts...</source>
        <translation>단축키(&amp;K)...</translation>
    </message>
    <message>
        <source>&amp;About GTZAN Explorer...</source>
        <translation>GTZAN Explorer 정보(&amp;A)...</translation>
    </message>
    <message>
        <source>About GTZAN Explorer</source>
        <translation>GTZAN Explorer 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GTZAN Explorer %1&lt;/h3&gt;&lt;p&gt;Explore the GTZAN music-genre data set, hear and see what augmentation does, train genre classifiers and predict the genre of your own files.&lt;/p&gt;&lt;p&gt;Built with Qt %2 and LibTorch.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GTZAN Explorer %1&lt;/h3&gt;&lt;p&gt;GTZAN 음악 장르 데이터 세트를 탐색하고, 증강이 무엇을 하는지 듣고 보며, 장르 분류기를 학습시키고 내 파일의 장르를 예측합니다.&lt;/p&gt;&lt;p&gt;Qt %2와 LibTorch로 만들었습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>기본</translation>
    </message>
    <message>
        <source>Open &amp;folder...</source>
        <translation>폴더 열기(&amp;F)...</translation>
    </message>
    <message>
        <source>Open a GTZAN folder</source>
        <translation>GTZAN 폴더 열기</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 항목 열기(&amp;R)</translation>
    </message>
    <message>
        <source>Load &amp;split folder...</source>
        <translation>분할 폴더 불러오기(&amp;S)...</translation>
    </message>
    <message>
        <source>Folder with train/valid/test lists</source>
        <translation>train/valid/test 목록이 있는 폴더</translation>
    </message>
    <message>
        <source>&amp;Preferences...</source>
        <translation>환경 설정(&amp;P)...</translation>
    </message>
    <message>
        <source>Play original (A)</source>
        <translation>원본 재생 (A)</translation>
    </message>
    <message>
        <source>Play augmented (B)</source>
        <translation>증강본 재생 (B)</translation>
    </message>
    <message>
        <source>No augmented clip yet: switch an augmentation on in the panel.</source>
        <translation>아직 증강된 클립이 없습니다: 패널에서 증강을 켜세요.</translation>
    </message>
    <message>
        <source>Scanning %1...</source>
        <translation>%1 검사 중...</translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 쓰는 중...</translation>
    </message>
    <message>
        <source>Augmented clip written to %1</source>
        <translation>증강된 클립을 %1에 썼습니다</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>환경 설정</translation>
    </message>
    <message>
        <source>A new language shows fully after a restart.</source>
        <translation>새 언어는 다시 시작한 뒤에 모두 적용됩니다.</translation>
    </message>
    <message>
        <source>none: the GTZAN sample beside the checkout, else the synthetic demo set</source>
        <translation>없음: 체크아웃 옆의 GTZAN 샘플, 없으면 합성 데모 세트</translation>
    </message>
    <message>
        <source>General</source>
        <translation>일반</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>찾아보기(&amp;B)...</translation>
    </message>
    <message>
        <source>&amp;Data set folder:</source>
        <translation>데이터 세트 폴더(&amp;D):</translation>
    </message>
    <message>
        <source>Recent files and folders</source>
        <translation>최근 파일과 폴더</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>목록 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>Spectrogram</source>
        <translation>스펙트로그램</translation>
    </message>
    <message>
        <source>Data set folder</source>
        <translation>데이터 세트 폴더</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>GTZAN Explorer - making the synthetic demo data set...</source>
        <translation>GTZAN Explorer - 합성 데모 데이터 세트를 만드는 중...</translation>
    </message>
    <message>
        <source>GTZAN Explorer</source>
        <translation>GTZAN Explorer</translation>
    </message>
    <message>
        <source>GTZAN Explorer - SYNTHETIC demo data (File &gt; Open folder for a real GTZAN)</source>
        <translation>GTZAN Explorer - 합성 데모 데이터 (실제 GTZAN은 파일 &gt; 폴더 열기)</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <source>Type to filter</source>
        <translation>입력하여 거르기</translation>
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
    <name>Theme</name>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>System</source>
        <translation>시스템</translation>
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
